/**
 * Keeps an API index's retry filter in the URL (`/groove/?retry=retry-with-backoff`), so a filtered view
 * can be shared. The filtering itself is CSS (`:has()` on the checked radio) and works without JavaScript.
 */
const radios = [...document.querySelectorAll<HTMLInputElement>('.retry-filter input[name="retry"]')];
const wanted = new URLSearchParams(location.search).get('retry');
const match = radios.find((radio) => radio.value === wanted);
if (match) match.checked = true;

for (const radio of radios) {
  radio.addEventListener('change', () => {
    const url = new URL(location.href);
    if (radio.value) url.searchParams.set('retry', radio.value);
    else url.searchParams.delete('retry');
    history.replaceState(null, '', url);
  });
}
