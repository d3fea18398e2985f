def clean_tags(tags):
    """Return a new list: each tag stripped and in small letters, blank tags left out."""
    # Before `for`: what each kept tag becomes. The `if` at the end: which tags are kept.
    return [tag.strip().lower() for tag in tags if tag.strip()]
