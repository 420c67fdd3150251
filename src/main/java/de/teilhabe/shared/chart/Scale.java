package de.teilhabe.shared.chart;

import java.util.List;

/**
 * A value axis from {@code low} to {@code low + steps × step}, with „nice“ steps (1, 2,
 * 2.5, 5 × a power of ten).
 */
record Scale(double low, double step, int steps, int decimals) {

	/**
	 * @param zero whether the axis must include 0 (bars); otherwise it does when the
	 * values are not far from it
	 */
	static Scale of(List<Double> values, boolean zero) {
		if (values.isEmpty()) {
			return new Scale(0, 1, 1, 0);
		}
		double min = Double.MAX_VALUE;
		double max = -Double.MAX_VALUE;
		for (double value : values) {
			min = Math.min(min, value);
			max = Math.max(max, value);
		}
		if (zero) {
			min = Math.min(min, 0);
			max = Math.max(max, 0);
		}
		if (min > 0 && min < max * 0.5) {
			min = 0;
		}
		if (max < 0 && max > min * 0.5) {
			max = 0;
		}
		if (max - min < 1e-9) {
			double pad = (min == 0) ? 1 : Math.abs(min) * 0.1;
			min -= pad;
			max += pad;
		}
		double rough = (max - min) / 5;
		double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
		double normal = rough / magnitude;
		double factor = (normal <= 1) ? 1 : (normal <= 2) ? 2 : (normal <= 2.5) ? 2.5 : (normal <= 5) ? 5 : 10;
		double step = factor * magnitude;
		double low = Math.floor(min / step) * step;
		double high = Math.ceil(max / step) * step;
		int steps = Math.max(1, (int) Math.round((high - low) / step));
		int decimals = Math.max(0, (int) -Math.floor(Math.log10(step)) + ((factor == 2.5) ? 1 : 0));
		return new Scale(low, step, steps, decimals);
	}

	double y(double value, int top, int bottom) {
		double high = this.low + this.steps * this.step;
		return bottom - (value - this.low) / (high - this.low) * (bottom - top);
	}

}
