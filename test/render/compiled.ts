/** Test charts written in Vega-Lite, compiled here as the build compiles the built-in ones (renderChart draws only compiled Vega). */
import { compile, type TopLevelSpec } from 'vega-lite';
import type { CompiledChart } from '../../src/render/chart-source.js';

export const compiledChart = (spec: TopLevelSpec): CompiledChart => ({ vega: compile(spec).spec, data: {}, signals: {} });
