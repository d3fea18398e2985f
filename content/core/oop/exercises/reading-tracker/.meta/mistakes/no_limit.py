class Book:
    def __init__(self, title, author, pages):
        self.title = title
        self.author = author
        self.pages = pages
        self.pages_read = 0

    def read(self, count):
        self.pages_read += count

    def pages_left(self):
        return self.pages - self.pages_read

    def is_finished(self):
        return self.pages_read >= self.pages

    def progress(self):
        return self.pages_read * 100 // self.pages

    def describe(self):
        return f"{self.title} by {self.author}: {self.pages_read}/{self.pages} pages"
