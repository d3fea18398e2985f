# Grade report: read scores (whole numbers from 0 to 100) until an empty line,
# skip anything that is not a score, then print a report like this:
# Scores: 3
# Average: 71.7
# Highest: 95
# Passed: 2 of 3
# or, without any valid score: No scores.

# Step 1: read the scores in a loop and keep the valid ones in a list.

# Step 2: print the report.
