package dev.roster.it.compliance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The outcome of one SCIMono run, read from the JUnit XML reports it writes (its exit code says
 * nothing: it is 0 whatever failed).
 */
record ScimonoResults(List<Case> cases) {

  enum Outcome {
    PASSED,
    FAILED,
    SKIPPED
  }

  /** One test case: class simple name, legacy reporting name (e.g. "testDeleteUser()"). */
  record Case(String className, String name, Outcome outcome, String message) {
    String id() {
      return className + "#" + name;
    }

    /** The method name without the parameters and dynamic-test suffix the report adds. */
    String method() {
      int paren = name.indexOf('(');
      return paren < 0 ? name : name.substring(0, paren);
    }
  }

  static ScimonoResults read(Path reportsDir) {
    List<Case> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(reportsDir)) {
      for (Path file : files.filter(ScimonoResults::isReport).sorted().toList()) {
        cases.addAll(casesIn(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ScimonoResults(List.copyOf(cases));
  }

  long count(Outcome outcome) {
    return cases.stream().filter(c -> c.outcome() == outcome).count();
  }

  private static boolean isReport(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith("TEST-") && name.endsWith(".xml");
  }

  private static List<Case> casesIn(Path file) {
    List<Case> cases = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      NodeList testcases =
          factory
              .newDocumentBuilder()
              .parse(in)
              .getDocumentElement()
              .getElementsByTagName("testcase");
      for (int i = 0; i < testcases.getLength(); i++) {
        Element testcase = (Element) testcases.item(i);
        String className = testcase.getAttribute("classname");
        className = className.substring(className.lastIndexOf('.') + 1);
        Element problem = first(testcase, "failure");
        if (problem == null) {
          problem = first(testcase, "error");
        }
        Outcome outcome =
            problem != null
                ? Outcome.FAILED
                : first(testcase, "skipped") != null ? Outcome.SKIPPED : Outcome.PASSED;
        String message = problem == null ? "" : problem.getAttribute("message");
        if (message.isEmpty() && problem != null) {
          message = problem.getTextContent().lines().findFirst().orElse("");
        }
        cases.add(new Case(className, testcase.getAttribute("name"), outcome, message));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("Unreadable SCIMono report " + file, e);
    }
    return cases;
  }

  private static Element first(Element parent, String tag) {
    NodeList list = parent.getElementsByTagName(tag);
    return list.getLength() == 0 ? null : (Element) list.item(0);
  }
}
