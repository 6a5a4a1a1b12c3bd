using CoProWidgets.Screening;

namespace CoProWidgets.Tests.Screening.Model;

/// <summary>
/// Trains <see cref="SafeguardingModel"/>: logistic regression by full-batch gradient descent from zero, so the same
/// embeddings give the same weights on any machine (to rounding). Concerns weigh twice as much as other answers
/// (missing one costs more than a person reading one more answer), a small L2 penalty keeps the weights from chasing
/// one author's words, and the threshold is the score that about one in twenty training answers without a concern
/// exceed. These settings, and the model's neighbours, were compared on every corpus read by a model trained without
/// it, never tuned to one.
/// </summary>
internal static class LogisticRegression
{
    public const double ConcernWeight = 2;
    public const double Penalty = 1e-3;
    public const double FalseAlarmShare = 0.05;
    private const int Steps = 600;
    private const double StepSize = 5;

    public static SafeguardingModel Train(IReadOnlyList<(float[] Embedding, bool Concern)> examples)
    {
        var dimensions = TextEmbedder.Dimensions;
        var weights = new double[dimensions];
        var bias = 0.0;
        var gradient = new double[dimensions];
        var total = examples.Sum(example => example.Concern ? ConcernWeight : 1);
        for (var step = 0; step < Steps; step++)
        {
            Array.Clear(gradient);
            var biasGradient = 0.0;
            foreach (var (embedding, concern) in examples)
            {
                var error = (Sigmoid(Score(weights, bias, embedding)) - (concern ? 1 : 0)) * (concern ? ConcernWeight : 1);
                for (var i = 0; i < dimensions; i++)
                {
                    gradient[i] += error * embedding[i];
                }

                biasGradient += error;
            }

            for (var i = 0; i < dimensions; i++)
            {
                weights[i] -= StepSize * ((gradient[i] / total) + (Penalty * weights[i]));
            }

            bias -= StepSize * biasGradient / total;
        }

        // Each training answer is scored without itself among its neighbours, as an answer not seen in training would be.
        var model = new SafeguardingModel(bias, weights, threshold: 0, examples);
        var scores = new double[examples.Count];
        Parallel.For(0, examples.Count, i => scores[i] = model.Score(examples[i].Embedding, except: i));
        var others = scores.Where((_, i) => !examples[i].Concern).OrderDescending().ToList();
        return new(bias, weights, others[(int)(FalseAlarmShare * others.Count)], examples);
    }

    private static double Score(double[] weights, double bias, float[] embedding)
    {
        var score = bias;
        for (var i = 0; i < weights.Length; i++)
        {
            score += weights[i] * embedding[i];
        }

        return score;
    }

    private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));
}
