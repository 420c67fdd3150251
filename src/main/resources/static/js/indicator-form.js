// The own-indicator form shows only the parts of the chosen computation kind
// (progressive enhancement: without this script every part is shown with its heading).
(function () {
  'use strict';
  var kind = document.getElementById('kind');
  if (!kind) {
    return;
  }
  function show() {
    document.querySelectorAll('fieldset.kind-part').forEach(function (part) {
      part.hidden = part.dataset.kinds.split(' ').indexOf(kind.value) < 0;
    });
  }
  kind.addEventListener('change', show);
  show();
})();
