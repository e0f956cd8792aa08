// Runs in <head> before the first paint (ThemeScript.astro): applies the reader's stored theme so it
// never flashes, and marks the page as scripted so the menu button can replace the static sidebar.
// A file rather than an inline script, so pages work under a Content-Security-Policy without hashes.
(function () {
  var root = document.documentElement;
  root.setAttribute('data-js', '');
  try {
    var stored = localStorage.getItem('theme');
    if (stored === 'light' || stored === 'dark') root.setAttribute('data-theme', stored);
  } catch (error) {
    /* storage blocked: follow prefers-color-scheme */
  }
})();
