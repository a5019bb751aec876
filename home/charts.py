"""Server-rendered SVG charts: the geometry is computed here, templates/components/chart_line.html draws it.

Charts work without JavaScript, and every chart is shown next to a table with the same figures
(docs/design.md, "Charts"): the SVG is aria-hidden and never the only way to read a number.
"""

from dataclasses import dataclass, field

WIDTH, HEIGHT = 640, 240
LEFT, RIGHT, TOP, BOTTOM = 60, 40, 16, 36  # room for the axis labels


@dataclass
class Series:
    label: str
    values: list
    css_class: str  # the colour comes from site.css (.chart-series-<n>), so it follows the design tokens
    points: str = ""  # "x,y x,y …" for <polyline>
    dots: list = field(default_factory=list)


@dataclass
class LineChart:
    labels: list
    series: list
    max_value: int
    ticks: list  # [(y, value)] for the horizontal grid lines
    x_labels: list  # [(x, label)]
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    right_edge: int = WIDTH - RIGHT
    baseline: int = HEIGHT - BOTTOM
    axis_label_x: int = LEFT - 8
    month_label_y: int = HEIGHT - BOTTOM + 22


def _n(value):
    """A coordinate as text, never localised: a Finnish "52,5" would be two coordinates to SVG."""
    return f"{round(value, 1):g}"


def _nice_max(value):
    """The axis top: the next round number at or above `value` (5, 10, 20, 25, 50, 100, …)."""
    if value <= 5:
        return 5
    step = 1
    while True:
        for nice in (1, 2, 2.5, 5):
            top = int(nice * step * 10)
            if top >= value:
                return top
        step *= 10


def line_chart(*, labels, series, max_value=None, percent_of=None):
    """A line chart of `series` [(label, values, css_class)] over `labels` (one per x position). With
    `percent_of` the axis runs from 0 to that whole (say, all the municipality's people) and reads in per cent."""
    highest = max(max(values, default=0) for _label, values, _css in series)
    top = max(percent_of, highest, 1) if percent_of else _nice_max(max(max_value or 0, highest, 1))
    plot_width = WIDTH - LEFT - RIGHT
    plot_height = HEIGHT - TOP - BOTTOM
    step = plot_width / max(len(labels) - 1, 1)

    def x(i):
        return _n(LEFT + i * step)

    def y(value):
        return _n(TOP + plot_height * (1 - value / top))

    built = []
    for label, values, css_class in series:
        dots = [(x(i), y(value)) for i, value in enumerate(values)]
        built.append(
            Series(
                label=label,
                values=values,
                css_class=css_class,
                points=" ".join(f"{px},{py}" for px, py in dots),
                dots=dots,
            )
        )
    if percent_of:
        ticks = [(y(top * part / 4), f"{25 * part} %") for part in range(5)]
    else:
        ticks = [(y(top * part / 4), str(round(top * part / 4))) for part in range(5)]
    return LineChart(
        labels=labels,
        series=built,
        max_value=top,
        ticks=ticks,
        x_labels=[(x(i), label) for i, label in enumerate(labels)],
    )
