namespace ClaimTracker.Bench;

/// <summary>Draws ranks 0..n-1 with probability proportional to 1/(rank+1)^s: a few very frequent, most rare.</summary>
internal sealed class Zipf
{
    private readonly double[] _cumulative;

    public Zipf(int n, double s)
    {
        _cumulative = new double[n];
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            total += 1.0 / Math.Pow(i + 1, s);
            _cumulative[i] = total;
        }
    }

    public int Next(Random random)
    {
        var x = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, x);
        return index >= 0 ? index : ~index;
    }
}
