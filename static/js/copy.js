// "Copy" buttons next to read-only addresses (components/copy_field.html). The button is hidden until this
// script runs, so without JavaScript (or without the clipboard API) nothing offers what cannot work.
(function () {
    if (!navigator.clipboard) { return; }
    document.querySelectorAll(".copy-button").forEach(function (button) {
        if (button.dataset.copyReady) { return; }
        button.dataset.copyReady = "1";
        button.hidden = false;
        button.addEventListener("click", function () {
            var field = document.getElementById(button.dataset.copyTarget);
            var status = button.closest(".copy-field").querySelector(".copy-status");
            navigator.clipboard.writeText(field.value).then(function () {
                status.textContent = button.dataset.copiedText;
                button.classList.add("is-copied");
            });
        });
    });
})();
