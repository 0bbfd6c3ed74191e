"""The axe-core audit itself: a crawl that finds nothing must be able to find something."""

import pytest

from tests.browser.audit import Audit

pytestmark = pytest.mark.browser


def test_audit_reports_image_without_alt_text(page, axe_source):
    axe = Audit(axe_source)
    page.set_content('<html lang="de"><title>Test</title><main><img src="x.png"></main></html>')
    axe.check(page, "image without alt")
    assert [v["id"] for v in axe.violations] == ["image-alt"]
    report = axe.report()
    assert "[critical] image-alt: Images must have alternative text" in report
    assert "(image without alt)" in report
