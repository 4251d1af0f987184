namespace Apatorsen.Api.Input;

/// <summary>
/// Refuses a request to /api that repeats a query parameter (q=hsp27&amp;q=ogx): the framework would join the values
/// with a comma and answer as if that were what the client meant. 400, naming each repeated parameter.
/// </summary>
public static class SingleValuedQuery
{
    public static IApplicationBuilder UseSingleValuedQuery(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments("/api") || context.Request.Query.All(p => p.Value.Count <= 1))
            {
                await next(context);
                return;
            }

            var errors = new InputErrors();
            foreach (var (name, values) in context.Request.Query.Where(p => p.Value.Count > 1))
            {
                errors.Add(name, $"'{name}' is given {values.Count} times; give it once.");
            }

            await errors.Problem().ExecuteAsync(context);
        });
}
