def clean_tags(tags):
    for tag in tags:
        tag = tag.strip().lower()
    return tags
