# Builds the Sales OS jar and runs it on a JRE. Used by docker-compose.yml.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/sales-os-*.jar /app/sales-os.jar
COPY bpmn /app/bpmn
COPY dmn /app/dmn
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/sales-os.jar"]
