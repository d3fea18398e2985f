import matplotlib.pyplot as plt


def plot_week(temps):
    fig, ax = plt.subplots(figsize=(4, 3))
    return fig
