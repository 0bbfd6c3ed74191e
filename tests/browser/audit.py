"""axe-core in the browser: run it on a page, collect and describe violations."""

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
