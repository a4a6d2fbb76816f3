{
  const root = document.documentElement;
  const apply = (theme) => {
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
    else delete root.dataset.theme;
  };
  try {
    apply(localStorage.getItem('theme'));
  } catch {
    // Storage is blocked (a privacy setting): the page follows the system's scheme.
  }
  addEventListener('DOMContentLoaded', () => {
    const select = document.getElementById('theme-select');
    if (!select) return;
    select.value = root.dataset.theme ?? 'system';
    select.onchange = () => {
      apply(select.value);
      try {
        if (root.dataset.theme) localStorage.setItem('theme', root.dataset.theme);
        else localStorage.removeItem('theme');
      } catch {
        // Storage is blocked: the choice holds for this page only.
      }
    };
    select.parentElement.hidden = false;
  });
}
