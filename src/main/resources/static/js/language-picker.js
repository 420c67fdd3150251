// Language picker (network forms): enhances a <select multiple data-language-picker> with a filter box above it and
// a line that names the chosen languages. Without JavaScript the plain multiple select works the same.
(function () {
  'use strict';
  function normalise(text) {
    return text.toLocaleLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }
  function enhance(select) {
    if (select.dataset.enhanced) {
      return;
    }
    select.dataset.enhanced = 'true';
    var filterId = select.id + '-filter';
    var filterLabel = document.createElement('label');
    filterLabel.className = 'kern-label language-picker__filter-label';
    filterLabel.htmlFor = filterId;
    filterLabel.textContent = select.dataset.filterLabel;
    var filter = document.createElement('input');
    filter.type = 'search';
    filter.id = filterId;
    filter.className = 'kern-form-input__input language-picker__filter';
    filter.setAttribute('aria-controls', select.id);
    filter.autocomplete = 'off';
    var chosen = document.createElement('p');
    chosen.id = select.id + '-chosen';
    chosen.className = 'kern-body language-picker__chosen';
    chosen.setAttribute('aria-live', 'polite');
    select.parentNode.insertBefore(filterLabel, select);
    select.parentNode.insertBefore(filter, select);
    select.parentNode.insertBefore(chosen, select.nextSibling);

    function showChosen() {
      var names = Array.prototype.filter.call(select.options, function (option) { return option.selected; })
        .map(function (option) { return option.textContent; });
      chosen.textContent = select.dataset.chosenLabel + ' ' + (names.length ? names.join(', ') : select.dataset.noneLabel);
    }
    filter.addEventListener('input', function () {
      var query = normalise(filter.value.trim());
      Array.prototype.forEach.call(select.options, function (option) {
        // chosen languages stay visible so that they can be unchosen
        option.hidden = query !== '' && !option.selected && normalise(option.textContent).indexOf(query) < 0
          && option.value !== query;
      });
    });
    filter.addEventListener('keydown', function (event) {
      // Enter in the filter must not send the form; arrow down moves to the list
      if (event.key === 'Enter' || event.key === 'ArrowDown') {
        event.preventDefault();
        select.focus();
      }
    });
    select.addEventListener('change', showChosen);
    showChosen();
  }
  function start() {
    document.querySelectorAll('select[data-language-picker]').forEach(enhance);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  }
  else {
    start();
  }
})();
