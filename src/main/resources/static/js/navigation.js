// The main navigation is a <details> menu that works without JavaScript: closed on a phone, opened with its
// "Menü" button. On a wide screen this script opens it and hides the button (class main-nav--static), so that the
// sections are always in view; without the script the button stays and works.
(function () {
  var nav = document.querySelector('nav.main-nav');
  var menu = nav && nav.querySelector('details');
  if (!menu || !window.matchMedia) {
    return;
  }
  var wide = window.matchMedia('(min-width: 48rem)');
  function apply() {
    nav.classList.toggle('main-nav--static', wide.matches);
    menu.open = wide.matches;
  }
  apply();
  wide.addEventListener('change', apply);
})();
