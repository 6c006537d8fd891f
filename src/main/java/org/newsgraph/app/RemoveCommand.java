package org.newsgraph.app;

import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.graph.GraphStore;
import org.newsgraph.ingest.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "remove", mixinStandardHelpOptions = true,
    description = {"Deletes articles and what only they supported (their sentences, mentions and relations, and entities no other article mentions).",
        "Wire copies linked to a removed article (SAME_STORY_AS) are removed with it; each is loaded as a new article when it is next read."})
final class RemoveCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "ARTICLE_ID", description = "Article ids, as in (:Article {id}).")
  List<String> ids;

  @Mixin ConnectionOptions connection;

  @Override
  public Integer call() {
    int missing = 0;
    try (Neo4jConnection neo4j = Neo4jConnection.open(connection.settings())) {
      for (String id : ids) {
        GraphStore.Removal removal = neo4j.store().remove(id);
        if (removal.found()) {
          String shown = TerminalText.excerpt(id, TerminalText.EXCERPT_CHARS);
          System.out.println("removed " + shown);
          removal.copies().forEach(copy -> System.out.println(
              "removed " + TerminalText.excerpt(copy, TerminalText.EXCERPT_CHARS) + " (a wire copy of " + shown + ")"));
        } else {
          System.err.println("error: no article with id " + TerminalText.excerpt(id, TerminalText.EXCERPT_CHARS));
          missing++;
        }
      }
    }
    return missing == 0 ? 0 : 1;
  }
}
