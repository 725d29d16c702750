// Copy buttons: <button data-copy="id-of-element">. Served by Roster, allowed by the page's CSP.
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-copy]');
  if (!button) { return; }
  event.preventDefault();
  var source = document.getElementById(button.getAttribute('data-copy'));
  if (!source) { return; }
  var text = source.value !== undefined ? source.value : source.textContent;
  var done = function () {
    var label = button.querySelector('.ui-button-text') || button;
    var before = label.textContent;
    label.textContent = 'Copied';
    setTimeout(function () { label.textContent = before; }, 1500);
  };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text.trim()).then(done);
  } else {
    var area = document.createElement('textarea');
    area.value = text.trim();
    document.body.appendChild(area);
    area.select();
    document.execCommand('copy');
    document.body.removeChild(area);
    done();
  }
});
