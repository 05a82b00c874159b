# Multi-stage build of the API. docker compose up runs it beside PostgreSQL (see docker-compose.yml).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ClaimTracker.Api/ClaimTracker.Api.csproj src/ClaimTracker.Api/
RUN dotnet restore src/ClaimTracker.Api/ClaimTracker.Api.csproj
COPY src/ src/
RUN dotnet publish src/ClaimTracker.Api/ClaimTracker.Api.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "ClaimTracker.Api.dll"]
