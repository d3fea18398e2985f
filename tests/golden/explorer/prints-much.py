for i in range(3):
    print("line", i)
print("done", end="!\n")
