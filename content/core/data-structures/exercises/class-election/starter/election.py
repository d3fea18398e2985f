# Count the class election.
# Read one name per line until an empty line, then print, for example:
# Ada: 3
# Bo: 2
# Cy: 2
# Winner: Ada

# Step 1: read the votes and count them in a dictionary.

# Step 2: print one line per candidate, most votes first, then by name A to Z.

# Step 3: print the winner line (or the tie line, or "No votes.").
