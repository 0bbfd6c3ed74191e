/*
 * Search suggestions as you type: an accessible combobox (WAI-ARIA 1.2,
 * "list autocomplete with manual selection") for every input[data-autocomplete].
 *
 * Progressive enhancement: without this script the field is a plain search
 * field. data-autocomplete holds the URL of the suggestions API
 * (search/autocomplete.py): {"suggestions": [{"label", "url", "type_label"}]}.
 * A suggestion with a URL opens it; one without (a key term) searches for it.
 * The focus never leaves the field: the active option is announced through
 * aria-activedescendant, and a polite live region announces how many
 * suggestions there are. The texts come from this script element's data
 * attributes, translated in templates/base.html.
 */
(function () {
    "use strict";

    var DEBOUNCE_MS = 200;
    var MIN_LENGTH = 2;
    var script = document.currentScript;
    var texts = {
        one: "1 suggestion. Use the up and down arrow keys to choose.",
        other: "{count} suggestions. Use the up and down arrow keys to choose.",
        none: "No suggestions.",
        label: "Suggestions",
    };
    if (script) {
        ["one", "other", "none", "label"].forEach(function (key) {
            var value = script.getAttribute("data-text-" + key);
            if (value) {
                texts[key] = value;
            }
        });
    }

    var counter = 0;

    function Combobox(input) {
        counter += 1;
        this.input = input;
        this.form = input.form;
        this.url = input.getAttribute("data-autocomplete");
        this.id = (input.id || "search-autocomplete-" + counter) + "-listbox";
        this.items = [];
        this.active = -1;
        this.timer = null;
        this.request = null;
        this.sequence = 0;
        this.lastQuery = null;
        this.build();
        this.bind();
    }

    Combobox.prototype.build = function () {
        var wrapper = document.createElement("div");
        wrapper.className = "search-autocomplete";
        this.input.parentNode.insertBefore(wrapper, this.input);
        wrapper.appendChild(this.input);

        this.listbox = document.createElement("ul");
        this.listbox.id = this.id;
        this.listbox.className = "search-autocomplete__listbox";
        this.listbox.setAttribute("role", "listbox");
        this.listbox.setAttribute("aria-label", texts.label);
        this.listbox.hidden = true;
        wrapper.appendChild(this.listbox);

        this.status = document.createElement("div");
        this.status.className = "visually-hidden";
        this.status.setAttribute("aria-live", "polite");
        this.status.setAttribute("aria-atomic", "true");
        wrapper.appendChild(this.status);

        this.input.setAttribute("role", "combobox");
        this.input.setAttribute("aria-autocomplete", "list");
        this.input.setAttribute("aria-expanded", "false");
        this.input.setAttribute("aria-controls", this.id);
        // The browser's own list of earlier entries would cover ours.
        this.input.setAttribute("autocomplete", "off");
    };

    Combobox.prototype.bind = function () {
        var self = this;
        this.input.addEventListener("input", function () {
            self.schedule();
        });
        this.input.addEventListener("keydown", function (event) {
            self.onKeydown(event);
        });
        this.input.addEventListener("blur", function () {
            self.close();
        });
        this.input.addEventListener("click", function () {
            if (!self.isOpen() && self.items.length && self.input.value.trim() === self.lastQuery) {
                self.open();
            }
        });
        // Keep the focus in the field when an option is pressed.
        this.listbox.addEventListener("mousedown", function (event) {
            event.preventDefault();
        });
        this.listbox.addEventListener("click", function (event) {
            var option = event.target.closest("[role=option]");
            if (option) {
                self.choose(Number(option.getAttribute("data-index")));
            }
        });
    };

    Combobox.prototype.isOpen = function () {
        return !this.listbox.hidden;
    };

    Combobox.prototype.schedule = function () {
        var self = this;
        window.clearTimeout(this.timer);
        this.timer = window.setTimeout(function () {
            self.fetch(false);
        }, DEBOUNCE_MS);
    };

    Combobox.prototype.fetch = function (thenMove) {
        var self = this;
        var query = this.input.value.trim();
        if (query.length < MIN_LENGTH) {
            this.abort();
            this.lastQuery = query;
            this.items = [];
            this.close();
            this.status.textContent = "";
            return;
        }
        if (query === this.lastQuery && this.items.length) {
            this.open();
            if (thenMove) {
                this.move(thenMove);
            }
            return;
        }
        this.abort();
        this.sequence += 1;
        var sequence = this.sequence;
        var controller = window.AbortController ? new AbortController() : null;
        this.request = controller;
        var url = this.url + (this.url.indexOf("?") < 0 ? "?" : "&") + "q=" + encodeURIComponent(query);
        window
            .fetch(url, {
                headers: { Accept: "application/json" },
                credentials: "same-origin",
                signal: controller ? controller.signal : undefined,
            })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error("HTTP " + response.status);
                }
                return response.json();
            })
            .then(function (data) {
                // An answer to an older query, or the field changed meanwhile.
                if (sequence !== self.sequence || self.input.value.trim() !== query) {
                    return;
                }
                self.lastQuery = query;
                self.render((data && data.suggestions) || []);
                if (thenMove && self.items.length) {
                    self.move(thenMove);
                }
            })
            .catch(function () {
                // Suggestions are a help, not a requirement: the form still works.
            });
    };

    Combobox.prototype.abort = function () {
        window.clearTimeout(this.timer);
        if (this.request) {
            this.request.abort();
            this.request = null;
        }
    };

    Combobox.prototype.render = function (items) {
        this.items = items;
        this.active = -1;
        this.input.removeAttribute("aria-activedescendant");
        this.listbox.textContent = "";
        var self = this;
        items.forEach(function (item, index) {
            var option = document.createElement("li");
            option.id = self.id + "-" + index;
            option.className = "search-autocomplete__option";
            option.setAttribute("role", "option");
            option.setAttribute("aria-selected", "false");
            option.setAttribute("data-index", String(index));
            var label = document.createElement("span");
            label.className = "search-autocomplete__label";
            label.textContent = item.label;
            option.appendChild(label);
            if (item.type_label) {
                var type = document.createElement("span");
                type.className = "search-autocomplete__type";
                var separator = document.createElement("span");
                separator.className = "visually-hidden";
                separator.textContent = ", ";
                type.appendChild(separator);
                type.appendChild(document.createTextNode(item.type_label));
                option.appendChild(type);
            }
            self.listbox.appendChild(option);
        });
        if (items.length && document.activeElement === this.input) {
            this.open();
        } else {
            this.close();
        }
        this.announce(items.length);
    };

    Combobox.prototype.announce = function (count) {
        var text;
        if (count === 0) {
            text = texts.none;
        } else if (count === 1) {
            text = texts.one;
        } else {
            text = texts.other.replace("{count}", String(count));
        }
        this.status.textContent = text;
    };

    Combobox.prototype.open = function () {
        if (!this.items.length) {
            return;
        }
        this.listbox.hidden = false;
        this.input.setAttribute("aria-expanded", "true");
        this.listbox.classList.remove("search-autocomplete__listbox--end");
        var box = this.listbox.getBoundingClientRect();
        if (box.right > document.documentElement.clientWidth) {
            this.listbox.classList.add("search-autocomplete__listbox--end");
        }
    };

    Combobox.prototype.close = function () {
        this.listbox.hidden = true;
        this.input.setAttribute("aria-expanded", "false");
        this.setActive(-1);
    };

    Combobox.prototype.setActive = function (index) {
        var previous = this.listbox.querySelector("[aria-selected=true]");
        if (previous) {
            previous.setAttribute("aria-selected", "false");
        }
        this.active = index;
        if (index < 0) {
            this.input.removeAttribute("aria-activedescendant");
            return;
        }
        var option = document.getElementById(this.id + "-" + index);
        option.setAttribute("aria-selected", "true");
        this.input.setAttribute("aria-activedescendant", option.id);
        if (option.scrollIntoView) {
            option.scrollIntoView({ block: "nearest" });
        }
    };

    Combobox.prototype.move = function (where) {
        var last = this.items.length - 1;
        var index;
        if (where === "first") {
            index = 0;
        } else if (where === "last") {
            index = last;
        } else if (where === "next") {
            index = this.active < last ? this.active + 1 : 0;
        } else {
            index = this.active > 0 ? this.active - 1 : last;
        }
        this.setActive(index);
    };

    Combobox.prototype.onKeydown = function (event) {
        if (event.altKey || event.ctrlKey || event.metaKey) {
            return;
        }
        var open = this.isOpen();
        switch (event.key) {
            case "ArrowDown":
            case "ArrowUp": {
                event.preventDefault();
                var direction = event.key === "ArrowDown" ? "next" : "previous";
                if (open) {
                    this.move(direction);
                } else {
                    this.fetch(direction === "next" ? "first" : "last");
                }
                break;
            }
            case "Home":
            case "End":
                // With an option active they move through the list; in the
                // text they move the cursor, as in any field.
                if (open && this.active >= 0) {
                    event.preventDefault();
                    this.move(event.key === "Home" ? "first" : "last");
                }
                break;
            case "Enter":
                if (open && this.active >= 0) {
                    event.preventDefault();
                    this.choose(this.active);
                } else {
                    // The form submits as usual.
                    this.abort();
                    this.close();
                }
                break;
            case "Escape":
                if (open) {
                    // Only close the list; the field keeps what was typed.
                    event.preventDefault();
                    this.close();
                }
                break;
            case "ArrowLeft":
            case "ArrowRight":
                this.setActive(-1);
                break;
            default:
                break;
        }
    };

    Combobox.prototype.choose = function (index) {
        var item = this.items[index];
        if (!item) {
            return;
        }
        this.abort();
        this.close();
        if (item.url) {
            window.location.assign(item.url);
            return;
        }
        this.input.value = item.label;
        this.lastQuery = item.label;
        if (this.form) {
            if (this.form.requestSubmit) {
                this.form.requestSubmit();
            } else {
                this.form.submit();
            }
        }
    };

    function init() {
        if (!window.fetch) {
            return;
        }
        var inputs = document.querySelectorAll("input[data-autocomplete]");
        Array.prototype.forEach.call(inputs, function (input) {
            if (!input.hasAttribute("data-autocomplete-ready")) {
                input.setAttribute("data-autocomplete-ready", "");
                new Combobox(input);
            }
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();
