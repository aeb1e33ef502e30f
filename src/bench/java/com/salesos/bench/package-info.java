/** Benchmark commands run by {@code bench/run}; each prints its figures beside a baseline measured in the same run. */
package com.salesos.bench;
