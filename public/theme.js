// The theme switch: light, dark or the system's choice, remembered in localStorage.
//
// This is a classic script that the page's <head> loads before the body is parsed (not a module, which would
// run after the first paint), so a reader who chose a theme never sees a flash of the other one. It is a file
// of its own because the Content-Security-Policy allows no inline script. It only sets the root's
// data-theme; the stylesheet turns that into color-scheme, which every colour follows through light-dark().
(() => {
  const KEY = 'theme';
  const root = document.documentElement;
  const stored = () => {
    try {
      const value = localStorage.getItem(KEY);
      return value === 'light' || value === 'dark' ? value : 'system';
    } catch {
      // Storage can be blocked (privacy settings, sandboxed frames): the system's choice then applies.
      return 'system';
    }
  };
  const apply = (theme) => {
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  };
  apply(stored());

  document.addEventListener('DOMContentLoaded', () => {
    const select = document.getElementById('theme-select');
    const control = select && select.closest('.theme-switch');
    if (!select || !control) return;
    select.value = stored();
    select.addEventListener('change', () => {
      const theme = select.value === 'light' || select.value === 'dark' ? select.value : 'system';
      try {
        if (theme === 'system') localStorage.removeItem(KEY);
        else localStorage.setItem(KEY, theme);
      } catch {
        // Not remembered, but still applied to this page.
      }
      apply(theme);
    });
    // Shown only once it can work: without JavaScript the page follows the system.
    control.hidden = false;
  });
  // Another tab changed the theme: follow it.
  window.addEventListener('storage', (event) => {
    if (event.key !== KEY) return;
    apply(stored());
    const select = document.getElementById('theme-select');
    if (select) select.value = stored();
  });
})();
