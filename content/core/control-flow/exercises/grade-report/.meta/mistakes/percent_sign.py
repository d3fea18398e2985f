scores = []
while True:
    text = input("Score: ").strip()
    if text == "":
        break
    if not text.isdigit() or int(text) > 100:
        print(f"Not a score: {text}")
        continue
    scores.append(int(text))

if not scores:
    print("No scores.")
else:
    passed = [score for score in scores if score >= 50]
    print(f"Scores: {len(scores)}")
    print(f"Average: {sum(scores) / len(scores):.1f}%")
    print(f"Highest: {max(scores)}")
    print(f"Passed: {len(passed)} of {len(scores)}")
