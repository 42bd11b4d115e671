"""Invoice PDFs, label sheets, ZPL and printer dispatch. Rendering imports no Qt."""
