"""Checks in the browser: axe-core's violations, and a visible focus on every stop of Tab."""

from urllib.parse import urlsplit

# The rules this project promises: WCAG 2.0 and 2.1, levels A and AA.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

RUN_AXE = """
tags => axe.run(document, {
    runOnly: {type: "tag", values: tags},
    resultTypes: ["violations"],
}).then(results => results.violations.map(v => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    helpUrl: v.helpUrl,
    targets: v.nodes.map(n => n.target.join(" ")),
    summaries: v.nodes.map(n => n.failureSummary),
})))
"""


# The focus indicator of the focused element: is there one, is it on screen,
# and how does its colour contrast with what lies behind it (WCAG 1.4.11 asks
# 3:1 of the parts of a control's state a user needs to see).
FOCUS_INDICATOR = """() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const rgb = value => (value.match(/[\\d.]+/g) || []).map(Number);
    const luminance = ([r, g, b]) => {
        const channel = c => {
            c /= 255;
            return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const backgroundBehind = start => {
        for (let node = start; node; node = node.parentElement) {
            const color = rgb(getComputedStyle(node).backgroundColor);
            if (color.length === 3 || (color.length === 4 && color[3] > 0)) {
                return color.slice(0, 3);
            }
        }
        return [255, 255, 255];
    };
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    // An outline drawn outside the element lies on its parent's background.
    const offset = parseFloat(style.outlineOffset) || 0;
    const behind = backgroundBehind(offset >= 0 ? el.parentElement : el);
    const [a, b] = [luminance(rgb(style.outlineColor)), luminance(behind)];
    const box = el.getBoundingClientRect();
    return {
        name: (el.getAttribute("aria-label") || el.innerText || el.value || el.id).trim(),
        tag: el.tagName.toLowerCase(),
        indicator: outline || style.boxShadow !== "none",
        contrast: outline ? (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) : null,
        onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight,
        isBody: el === document.body,
    };
}"""


def focus_sweep(page, limit=150):
    """Tab through the page once; the names reached and the focus problems seen."""
    problems = []
    reached = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        state = page.evaluate(FOCUS_INDICATOR)
        if state["isBody"] or (reached and state["name"] == reached[0]):
            break  # past the last element, back at the start
        reached.append(state["name"])
        what = f"{page.url}: {state['tag']} {state['name']!r}"
        if not state["indicator"]:
            problems.append(f"{what}: no outline or box-shadow")
        elif state["contrast"] is not None and state["contrast"] < 3:
            contrast = f"{state['contrast']:.2f}:1"
            problems.append(f"{what}: focus outline contrast {contrast} (needs 3:1)")
        if not state["onScreen"]:
            problems.append(f"{what}: focused but off screen")
    return reached, problems


class Audit:
    """Violations found on the pages checked so far, by rule."""

    def __init__(self, axe_source):
        self.axe_source = axe_source
        self.violations = []
        self.checked = []

    def check(self, page, state=""):
        """Run axe-core on what `page` shows now; `state` names it (e.g. "with errors")."""
        if not page.evaluate("() => typeof window.axe === 'object'"):
            page.evaluate(self.axe_source)
        where = urlsplit(page.url)
        label = where.path + (f"?{where.query}" if where.query else "")
        if state:
            label += f" ({state})"
        self.checked.append(label)
        found = page.evaluate(RUN_AXE, AXE_TAGS)
        for violation in found:
            self.violations.append({**violation, "page": label})
        return found

    def report(self):
        """The violations as readable text, grouped by rule."""
        by_rule = {}
        for violation in self.violations:
            by_rule.setdefault(violation["id"], []).append(violation)
        lines = [
            f"{len(self.violations)} axe-core violation(s) of WCAG 2.1 A/AA "
            f"on {len({v['page'] for v in self.violations})} of {len(self.checked)} page(s):"
        ]
        for rule, found in sorted(by_rule.items()):
            first = found[0]
            lines.append(f"\n[{first['impact']}] {rule}: {first['help']}\n  {first['helpUrl']}")
            for violation in found:
                lines.append(f"  on {violation['page']}:")
                for target, summary in zip(
                    violation["targets"], violation["summaries"], strict=True
                ):
                    detail = " ".join(summary.split())
                    lines.append(f"    {target}\n      {detail[:300]}")
        return "\n".join(lines)

    def assert_clean(self):
        assert not self.violations, self.report()
