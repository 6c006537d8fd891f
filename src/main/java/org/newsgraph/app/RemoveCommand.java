package org.newsgraph.app;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "remove", mixinStandardHelpOptions = true,
    description = "Deletes articles and what only they supported (their sentences, mentions and relations, and entities no other article mentions).")
final class RemoveCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "ARTICLE_ID", description = "Article ids, as in (:Article {id}).")
  List<String> ids;

  @Mixin ConnectionOptions connection;

  @Override
  public Integer call() {
    int missing = 0;
    try (Neo4jConnection neo4j = Neo4jConnection.open(connection.settings())) {
      for (String id : ids) {
        if (neo4j.store().remove(id)) {
          System.out.println("removed " + id);
        } else {
          System.err.println("error: no article with id " + id);
          missing++;
        }
      }
    }
    return missing == 0 ? 0 : 1;
  }
}
