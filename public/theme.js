{
  const root = document.documentElement;
  const apply = (theme) => {
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
    else delete root.dataset.theme;
  };
  try {
    apply(localStorage.getItem('theme'));
  } catch {}
  addEventListener('DOMContentLoaded', () => {
    const select = document.getElementById('theme-select');
    if (!select) return;
    select.value = root.dataset.theme ?? 'system';
    select.onchange = () => {
      apply(select.value);
      try {
        if (root.dataset.theme) localStorage.setItem('theme', root.dataset.theme);
        else localStorage.removeItem('theme');
      } catch {}
    };
  });
}
