class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound"


class Dog(Animal):
    def __init__(self, name, tricks):
        super().__init__(name)
        self.tricks = tricks

    def speak(self):
        return f"{self.name} barks"


rex = Dog("Rex", ["sit"])
print(rex.speak(), isinstance(rex, Animal))
