// Progress of a statistics upload (progressive enhancement: without this script the
// form posts as usual). Sends the form by XHR, shows the upload's progress, then
// "wird verarbeitet…" while the server parses the file, and follows to the import's page.
(function () {
  'use strict';
  var form = document.getElementById('upload-form');
  var status = document.getElementById('upload-status');
  var bar = document.getElementById('upload-progress');
  if (!form || !status || !bar || !window.FormData || !window.XMLHttpRequest) {
    return;
  }
  form.addEventListener('submit', function (event) {
    var file = document.getElementById('file');
    if (!file || !file.files || file.files.length === 0) {
      return; // the server names the missing file at the field
    }
    event.preventDefault();
    var button = form.querySelector('button[type=submit]');
    button.disabled = true;
    bar.hidden = false;
    bar.value = 0;
    var announced = -1;
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.upload.addEventListener('progress', function (e) {
      if (!e.lengthComputable) {
        return;
      }
      var percent = Math.floor(e.loaded * 100 / e.total);
      bar.value = percent;
      // the live region speaks in steps of 25 %, not at every event
      if (Math.floor(percent / 25) !== announced) {
        announced = Math.floor(percent / 25);
        status.textContent = form.dataset.uploading.replace('{0}', percent);
      }
    });
    xhr.upload.addEventListener('load', function () {
      bar.removeAttribute('value'); // indeterminate while the server parses
      status.textContent = form.dataset.processing;
    });
    xhr.addEventListener('load', function () {
      if (xhr.responseURL && xhr.responseURL.indexOf('/statistics/imports/') >= 0) {
        window.location.assign(xhr.responseURL);
        return;
      }
      // the form again with its errors
      document.open();
      document.write(xhr.responseText);
      document.close();
    });
    xhr.addEventListener('error', function () {
      button.disabled = false;
      bar.hidden = true;
      status.textContent = form.dataset.failed;
    });
    xhr.send(new FormData(form));
  });
})();
