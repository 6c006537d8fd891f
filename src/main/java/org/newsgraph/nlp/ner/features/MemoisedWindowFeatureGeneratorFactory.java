package org.newsgraph.nlp.ner.features;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory;
import opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Descriptor factory for OpenNLP's {@link WindowFeatureGenerator} whose inner generator runs once
 * per token of a sentence ({@link SentenceMemoFeatureGenerator}) instead of once per window
 * position: the same parameters as {@link WindowFeatureGeneratorFactory} ({@code prevLength},
 * {@code nextLength}, the nested generators) and the same features in the same order, for nested
 * generators that do not look at previous outcomes.
 *
 * <p>{@link #memoiseWindows} rewrites the descriptor of a model trained with OpenNLP's window
 * factory to use this one where that is known to change nothing, so a model file needs no
 * retraining.
 */
public final class MemoisedWindowFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  /** Nested generators whose features depend on the token alone, so memoising them changes nothing. */
  private static final Set<String> TOKEN_ONLY = Set.of(
      TokenClassFeatureGeneratorFactory.class.getName(),
      TokenFeatureGeneratorFactory.class.getName(),
      WordShapeFeatureGeneratorFactory.class.getName(),
      WordClusterFeatureGeneratorFactory.class.getName());

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    // As WindowFeatureGeneratorFactory: several nested generators arrive aggregated as the first.
    if (!(args.get("generator#0") instanceof AdaptiveFeatureGenerator inner)) {
      throw new InvalidFormatException("window feature generator must contain an aggregator element");
    }
    return new WindowFeatureGenerator(new SentenceMemoFeatureGenerator(inner), getInt("prevLength"),
        getInt("nextLength"));
  }

  /**
   * The descriptor with OpenNLP's window factory replaced by this one wherever every generator it
   * nests is one of OpenNLP's token and token-class generators or NewsGraph's word shape; the
   * descriptor itself when there is no such window.
   */
  public static byte[] memoiseWindows(byte[] descriptor) throws IOException {
    Document document = parse(descriptor);
    boolean changed = false;
    NodeList generators = document.getElementsByTagName("generator");
    for (int i = 0; i < generators.getLength(); i++) {
      Element generator = (Element) generators.item(i);
      if (generator.getAttribute("class").equals(WindowFeatureGeneratorFactory.class.getName())
          && nestsOnlyTokenGenerators(generator)) {
        generator.setAttribute("class", MemoisedWindowFeatureGeneratorFactory.class.getName());
        changed = true;
      }
    }
    return changed ? serialise(document) : descriptor;
  }

  private static boolean nestsOnlyTokenGenerators(Element window) {
    List<Element> nested = new ArrayList<>();
    for (Node child = window.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && element.getTagName().equals("generator")) {
        nested.add(element);
      }
    }
    return !nested.isEmpty() && nested.stream().allMatch(n -> TOKEN_ONLY.contains(n.getAttribute("class")));
  }

  private static Document parse(byte[] descriptor) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(descriptor));
    } catch (ParserConfigurationException | SAXException e) {
      throw new InvalidFormatException("cannot read the feature generator descriptor", e);
    }
  }

  private static byte[] serialise(Document document) throws IOException {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
      return out.toByteArray();
    } catch (TransformerException e) {
      throw new IOException("cannot write the feature generator descriptor", e);
    }
  }
}
