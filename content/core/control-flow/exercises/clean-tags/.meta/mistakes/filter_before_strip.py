def clean_tags(tags):
    return [tag.strip().lower() for tag in tags if tag]
