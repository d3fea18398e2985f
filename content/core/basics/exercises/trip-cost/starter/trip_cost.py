# Road trip fuel cost.
# Ask for the distance (km), the fuel use (litres per 100 km) and the price of
# one litre, then print two lines like these:
# Fuel needed: 19.50 litres
# Trip cost: 35.10

# Step 1: ask the three questions.

# Step 2: work out the litres needed and the cost.

# Step 3: print the two result lines.
