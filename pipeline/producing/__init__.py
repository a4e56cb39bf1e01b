"""Reading articles from the files people have: JSON lines, JSON arrays, text, Markdown, feeds."""
