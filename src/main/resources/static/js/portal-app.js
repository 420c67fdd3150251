// Registers the Wegweiser's service worker (installable, offline reading of visited
// pages). The pages work without it; the addresses come from the script's data-attributes.
(function () {
  var script = document.currentScript;
  if (!script || !('serviceWorker' in navigator)) {
    return;
  }
  navigator.serviceWorker.register(script.getAttribute('data-worker'), { scope: script.getAttribute('data-scope') })
    .catch(function () {
      // not installable here (an old browser, a private window): the site works as before
    });
}());
