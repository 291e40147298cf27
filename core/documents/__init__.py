"""Official documents (Nghị định 30/2020/NĐ-CP layout): reports, conclusion notices, letters.

- `layout`: the page, the header block, the title, body blocks, footnotes, Nơi nhận and the signer.
- `templates`: docxtpl templates a clerk edits in Word (checked at upload, rendered with autoescape).
- `notice`: the weekly "Thông báo kết luận" of the director's briefing.
- `convert`: .docx → PDF through LibreOffice headless, PDF → PNG through pdftoppm.
"""
