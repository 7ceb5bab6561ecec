"""A bare M/M/1 queue in SimPy 3, for `npm run bench` to compare negoplan's speed with.

usage: python3 bench/mm1_simpy.py CUSTOMERS [UTILISATION] [REPEATS]

One source of customers at exponential intervals (mean 1 hour), one server (a Resource of
capacity 1) with exponential service times (mean = utilisation hours), the customers' time in
the system accumulated. Prints one JSON line: customers served, the best wall time of the
repeats (seconds, the simulation alone: the import and the setup are outside it) and its CPU
seconds, customers per second (wall), and the mean time in the system (a check: M/M/1 gives mean service / (1 - utilisation)).
"""
import json
import random
import sys
import time

import simpy


def run(customers, utilisation, seed):
    env = simpy.Environment()
    server = simpy.Resource(env, capacity=1)
    rng = random.Random(seed)
    served = [0, 0.0]

    def customer(arrival):
        with server.request() as req:
            yield req
            yield env.timeout(rng.expovariate(1.0 / utilisation))
        served[0] += 1
        served[1] += env.now - arrival

    def source():
        for _ in range(customers):
            yield env.timeout(rng.expovariate(1.0))
            env.process(customer(env.now))

    env.process(source())
    t0 = time.perf_counter()
    c0 = time.process_time()
    env.run()
    return time.perf_counter() - t0, time.process_time() - c0, served


def main():
    customers = int(sys.argv[1])
    utilisation = float(sys.argv[2]) if len(sys.argv) > 2 else 0.7
    repeats = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    best = None
    for r in range(repeats):
        seconds, cpu, served = run(customers, utilisation, r + 1)
        if best is None or seconds < best[0]:
            best = (seconds, cpu)
    print(json.dumps({
        "customers": served[0],
        "seconds": best[0],
        "cpuSeconds": best[1],
        "customersPerSecond": served[0] / best[0],
        "meanTimeInSystem": served[1] / served[0],
        "simpy": simpy.__version__,
    }))


if __name__ == "__main__":
    main()
