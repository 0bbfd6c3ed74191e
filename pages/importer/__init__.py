"""Import press releases from .txt and .docx files (issue 4).

reading.py turns bytes into text, lines.py and parsing.py turn text into a
ParsedRelease (pure functions), saving.py creates or updates the draft in
the newsroom, report.py describes the result; the management command
`import_press_releases` and the admin view in views.py use them.
"""
