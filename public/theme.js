// The theme switch; see src/components/ThemeSwitch.astro.
(() => {
  const root = document.documentElement;
  const read = () => {
    try {
      const theme = localStorage.getItem('theme');
      return theme === 'light' || theme === 'dark' ? theme : 'system';
    } catch {
      return 'system';
    }
  };
  const apply = (theme) => (theme === 'system' ? delete root.dataset.theme : (root.dataset.theme = theme));
  apply(read());
  addEventListener('DOMContentLoaded', () => {
    const select = document.getElementById('theme-select');
    if (!select) return;
    select.value = read();
    select.onchange = () => {
      try {
        if (select.value === 'system') localStorage.removeItem('theme');
        else localStorage.setItem('theme', select.value);
      } catch {}
      apply(select.value);
    };
    select.parentElement.hidden = false;
  });
})();
