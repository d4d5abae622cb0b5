package io.configconformance.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.XMLFilterImpl;
import org.xmlunit.validation.ValidationProblem;

/**
 * Remembers which elements are open at every position the validator is shown, because XMLUnit's validation problems
 * carry only a line and a column; and remembers the error that stopped the parse, which makes a body not well-formed
 * XML rather than invalid.
 */
final class ElementTracker extends XMLFilterImpl {

    /** One open element and the ones around it; shared by every position recorded inside it. */
    private record Open(Open parent, String name) {
        String path() {
            return parent == null ? "/" + name : parent.path() + "/" + name;
        }
    }

    private record Seen(int line, int column, Open open) {
    }

    private final List<Seen> seen = new ArrayList<>();
    private Open open;
    private Locator locator;
    private SAXParseException fatal;

    @Override
    public void setDocumentLocator(Locator value) {
        locator = value;
        super.setDocumentLocator(value);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        open = new Open(open, localName.isEmpty() ? qName : localName);
        mark();
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        mark();
        super.endElement(uri, localName, qName);
        open = open.parent();
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        mark();
        super.characters(ch, start, length);
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
        fatal = e;
        super.fatalError(e);
    }

    /** An undocumented field at the element that was opened last. */
    Found undocumentedHere(String message) {
        return new Found(locator == null ? 0 : locator.getLineNumber(), locator == null ? 0 : locator.getColumnNumber(),
                " " + (open == null ? "/" : open.path()), message, true);
    }

    /**
     * The errors among XMLUnit's problems, each at the path that was open where it was found. The error that stopped
     * the parse comes twice (reported, then thrown); it is kept once.
     */
    List<Found> errors(Iterable<ValidationProblem> problems) {
        List<Found> errors = new ArrayList<>();
        boolean fatalKept = false;
        for (ValidationProblem problem : problems) {
            boolean notWellFormed = fatal != null && problem.getLine() == fatal.getLineNumber()
                    && problem.getColumn() == fatal.getColumnNumber()
                    && Objects.equals(problem.getMessage(), fatal.getMessage());
            if (problem.getType() != ValidationProblem.ProblemType.ERROR || notWellFormed && fatalKept) {
                continue;
            }
            fatalKept |= notWellFormed;
            // A fatal error ends the parse, so what is open now is what was open then.
            Open at = notWellFormed ? open : openAt(problem.getLine(), problem.getColumn());
            errors.add(new Found(problem.getLine(), problem.getColumn(), at == null ? "" : " " + at.path(),
                    (notWellFormed ? "not well-formed XML: " : "") + problem.getMessage(), false));
        }
        return errors;
    }

    private Open openAt(int line, int column) {
        for (int i = seen.size() - 1; i >= 0; i--) {
            Seen one = seen.get(i);
            if (one.line() < line || one.line() == line && one.column() <= column) {
                return one.open();
            }
        }
        return null;
    }

    private void mark() {
        if (locator != null) {
            seen.add(new Seen(locator.getLineNumber(), locator.getColumnNumber(), open));
        }
    }
}
