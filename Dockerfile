# Build: mcr.microsoft.com/dotnet/sdk:10.0 — runtime: mcr.microsoft.com/dotnet/aspnet:10.0.
#   docker build -t chronology-api .
#   docker run -p 8080:8080 -v chronology-data:/app/data chronology-api

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Project files first, so the restore layer stays cached until a dependency changes.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/Chronology.Api/Chronology.Api.csproj src/Chronology.Api/
COPY src/Chronology.Application/Chronology.Application.csproj src/Chronology.Application/
COPY src/Chronology.Infrastructure/Chronology.Infrastructure.csproj src/Chronology.Infrastructure/
# The API's project graph rather than the solution: the test projects are not in the image.
RUN dotnet restore src/Chronology.Api/Chronology.Api.csproj

# .editorconfig feeds the analyzers (EnforceCodeStyleInBuild), so the image builds as CI does.
COPY .editorconfig appsettings.json ./
COPY src/ src/
RUN dotnet publish src/Chronology.Api -c Release -o /app --no-restore -p:UseAppHost=false


FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime

# curl for the HEALTHCHECK: the image has no HTTP client, and curl -f is the usual, readable probe.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
# Made and chowned before VOLUME so a fresh volume starts owned by the app user.
RUN mkdir -p /app/data && chown "$APP_UID:$APP_UID" /app/data

COPY --from=build /app ./

# The base image sets ASPNETCORE_HTTP_PORTS=8080; emptied so URLS alone binds and Kestrel doesn't
# warn "Overriding HTTP_PORTS" at every start.
# DOTNET_GCgen0size: a 32 MB gen0 budget. Where the CPU's cache size is hidden (many VMs), .NET falls
# back to a ~2 MB budget and collects every few dozen requests; see docs/benchmarks.md.
ENV ASPNETCORE_URLS=http://+:8080 \
    DOTNET_GCgen0size=0x2000000 \
    ASPNETCORE_HTTP_PORTS= \
    ConnectionStrings__Chronology="Data Source=/app/data/chronology.db"

USER $APP_UID
VOLUME ["/app/data"]
EXPOSE 8080

HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD curl -fsS -o /dev/null http://localhost:8080/health/live || exit 1

ENTRYPOINT ["dotnet", "Chronology.Api.dll"]
