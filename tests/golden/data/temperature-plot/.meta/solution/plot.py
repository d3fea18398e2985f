import matplotlib.pyplot as plt


def plot_week(temps):
    fig, ax = plt.subplots(figsize=(4, 3))
    ax.plot(range(1, len(temps) + 1), temps)
    ax.set_title("Week")
    return fig
