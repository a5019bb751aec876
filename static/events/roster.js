// Progressive enhancement of the attendance roster: marking someone present or absent saves without reloading
// the page, and the search box filters the list as you type. Without JavaScript the forms post as usual.
(function () {
    "use strict";
    var live = document.createElement("p");
    live.className = "visually-hidden";
    live.setAttribute("role", "status");
    document.querySelector("main").appendChild(live);

    document.querySelectorAll("[data-roster-form]").forEach(function (form) {
        form.addEventListener("submit", function (event) {
            var button = event.submitter;
            if (!button || !window.fetch) { return; }
            event.preventDefault();
            var data = new FormData(form);
            data.set(button.name, button.value);
            form.setAttribute("aria-busy", "true");
            fetch(form.action || window.location.href, {
                method: "POST",
                body: data,
                headers: { "Accept": "application/json" },
                credentials: "same-origin"
            }).then(function (response) {
                return response.json().then(function (body) { return { ok: response.ok, body: body }; });
            }).then(function (result) {
                form.removeAttribute("aria-busy");
                live.textContent = result.body.message;
                if (!result.ok) { return; }
                var row = form.closest(".roster-row");
                row.querySelector("[data-roster-state]").innerHTML = "";
                var badge = document.createElement("span");
                badge.className = result.body.attended ? "badge" : "badge badge-absent";
                badge.textContent = (result.body.attended ? "✓ " : "✗ ") + result.body.label;
                row.querySelector("[data-roster-state]").appendChild(badge);
                form.querySelectorAll("button").forEach(function (other) {
                    other.setAttribute("aria-pressed", other === button ? "true" : "false");
                });
            }).catch(function () {
                form.removeAttribute("aria-busy");
                form.submit();
            });
        });
    });

    var search = document.getElementById("roster-q");
    if (search) {
        search.addEventListener("input", function () {
            var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
            document.querySelectorAll(".roster-row").forEach(function (row) {
                var text = row.querySelector(".roster-person").textContent.toLowerCase();
                row.hidden = !words.every(function (word) { return text.indexOf(word) !== -1; });
            });
        });
    }
})();
