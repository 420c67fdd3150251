// The join page of live capture (/w/{code}): htmx leaves answers with an error status unswapped by default; the join
// form's answers carry their message in the panel (400: the form with its errors, 410: capture closed, 429: too many
// statements at once), so they replace the panel like a success does.
document.addEventListener('htmx:beforeSwap', function (event) {
  var status = event.detail.xhr.status;
  if (status === 400 || status === 410 || status === 429) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});
