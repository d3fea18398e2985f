# Grade report: read scores (whole numbers from 0 to 100) until an empty line,
# skip anything that is not a score, then print a report like this:
# Scores: 3
# Average: 71.7
# Highest: 95
# Passed: 2 of 3
# or, without any valid score: No scores.

scores = []
while True:
    text = input("Score: ").strip()
    if text == "":
        break        # the empty line ends the input
    if not text.isdigit() or int(text) > 100:
        print(f"Not a score: {text}")
        continue     # leave it out and ask again
    scores.append(int(text))

# Without scores there is no average: dividing by len([]) would be dividing by zero.
if not scores:
    print("No scores.")
else:
    passed = [score for score in scores if score >= 50]
    print(f"Scores: {len(scores)}")
    print(f"Average: {sum(scores) / len(scores):.1f}")
    print(f"Highest: {max(scores)}")
    print(f"Passed: {len(passed)} of {len(scores)}")
