"""Letter renderers (PDF, DOCX), fonts and QR codes. No Qt."""
